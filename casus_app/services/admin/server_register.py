"""Creating a register on a PostgreSQL server (issue 12): the service behind `casus-app init --admin-url`.

The storage layer makes the database, the roles and the schema (`storage/server_setup.py`); this
adds what a new file register gets too: the default reference lists, the register id and the
first beheerder's user row. The beheerder's password is checked by the same rules as for a file,
and becomes the password of their PostgreSQL login role.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from casus_app.domain import clock
from casus_app.domain.enums import Role
from casus_app.domain.register_location import ServerLocation
from casus_app.services.admin import reference
from casus_app.services.auth.login import validate_password
from casus_app.storage import server_setup
from casus_app.storage.models import RegisterMeta, User


def create_server_register(
    location: ServerLocation,
    admin_name: str,
    password: str,
    admin_location: ServerLocation,
    admin_password: str | None,
) -> server_setup.ServerSetup:
    """Set up the register at `location`; `admin_name` becomes its first beheerder."""
    server_setup.check_role_name(admin_name)
    validate_password(password, admin_name)

    def fill(conn: Connection) -> None:
        session = Session(bind=conn)
        reference.seed_defaults(session)
        session.add(RegisterMeta(key="register_id", value=uuid.uuid4().hex))
        session.add(User(name=admin_name, role=Role.ADMINISTRATOR.value, created_at=clock.now()))
        session.flush()
        session.close()

    return server_setup.initialise(location, admin_location, admin_password, admin_name, password, fill)
