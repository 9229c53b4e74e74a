"""Team server passwords in the system's keyring (Windows Credential Manager, macOS Keychain,
the Secret Service on Linux), through the ``keyring`` library, and only there: the program
never writes a password into a file of its own.

A password is kept under the server's address without it (``user@host:port/database``), and
only when the user asked for it. Where the system has no usable keyring (a server without a
desktop session), nothing is kept and nothing fails: the password is asked for again.
"""

from __future__ import annotations

from excellence_app.core.server_address import ServerAddress

SERVICE = "excellence-app"


def _backend():
    """The system's keyring, or None where there is none that keeps anything."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # no keyring library, or a broken configuration: as if there were none
        return None
    return None if isinstance(backend, fail.Keyring) else backend


def available() -> bool:
    return _backend() is not None


def saved(address: ServerAddress) -> str | None:
    """The password kept for ``address``, or None."""
    backend = _backend()
    if backend is None:
        return None
    try:
        return backend.get_password(SERVICE, str(address))
    except Exception:  # a locked or unreachable keyring: ask instead
        return None


def keep(address: ServerAddress, password: str) -> bool:
    """Keep ``password`` for ``address``; False where there is no keyring to keep it in."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, str(address), password)
    except Exception:
        return False
    return True


def forget(address: ServerAddress) -> None:
    """Drop a kept password (the server refused it)."""
    backend = _backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, str(address))
    except Exception:  # nothing kept, or the keyring refused: nothing to do
        return
