"""Casus: casusregister voor Sociaal Veilig en de Doorbraakmethode in Heerlen-Noord."""

__version__ = "0.1.0"  # the one place: pyproject.toml, build.spec and `casus-app --version` read it
