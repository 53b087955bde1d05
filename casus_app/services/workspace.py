"""Who is working in which open register: the context every service call receives."""

from __future__ import annotations

import socket
from dataclasses import dataclass, field
from typing import Any

from casus_app.domain.enums import Role
from casus_app.storage import audit
from casus_app.storage.register import Register


@dataclass(frozen=True)
class Actor:
    user_id: int
    name: str
    role: Role
    display_name: str | None = None
    organisation_code: str | None = None
    area_ids: frozenset[int] = field(default_factory=frozenset)
    must_change_password: bool = False  # a beheerder chose it: the user picks their own first

    @property
    def acting_for(self) -> str:
        return f"{self.organisation_code or '-'}/{self.role.value}"


@dataclass
class Workspace:
    register: Register
    actor: Actor

    def event(self, action: str, **details: Any) -> audit.AuditEvent:
        return audit.AuditEvent(
            action=action,
            user_name=self.actor.name,
            acting_for=self.actor.acting_for,
            workstation=socket.gethostname(),
            **details,
        )

    def close(self) -> None:
        self.register.close()
