"""Login, logout, JSON Web Tokens, sign-up and passwords, with the server's answers and messages."""

from __future__ import annotations

import secrets
from typing import Any

from iotclients_sandbox._secrets import same_secret
from iotclients_sandbox.iotile.calls import Call, IOTileError, Reply
from iotclients_sandbox.iotile.records import User
from iotclients_sandbox.iotile.state import IOTileState
from iotclients_sandbox.iotile.tokens import TokenError, TokenIssuer
from iotclients_sandbox.iotile.views import account_view

__all__ = ["Auth"]

_BAD_LOGIN = "Username/password combination invalid."


class Auth:
    def __init__(self, state: IOTileState, tokens: TokenIssuer) -> None:
        self.state = state
        self.tokens = tokens
        self.drf_keys: dict[str, str] = {}  # key -> email
        self.password_resets: list[str] = []  # emails a reset was asked for (the sandbox sends none)

    # -- the HTTP layer's question: who is calling? --------------------------------------------

    def authenticate(self, header: str | None) -> User | None:
        """The user an ``Authorization`` header names; raises 401 for a bad or expired token."""
        if not header:
            return None
        scheme, _, credential = header.strip().partition(" ")
        credential = credential.strip()
        if scheme.lower() == "jwt":
            try:
                claims = self.tokens.verify(credential)
            except TokenError as exc:
                raise IOTileError.detail(401, str(exc)) from None
            user = self.state.user_by_id(claims.user_id)
        elif scheme.lower() == "token":
            email = self.drf_keys.get(credential)
            user = self.state.users.get(email) if email is not None else None
        else:
            return None
        if user is None or not user.is_active:
            raise IOTileError.detail(401, "Invalid token.")
        return user

    # -- operations ----------------------------------------------------------------------------

    def login(self, call: Call) -> Reply:
        body = call.body or {}
        user = self.state.users.get(str(body.get("email", "")).lower()) or self.state.users.get(
            str(body.get("email", ""))
        )
        if user is None or not same_secret(user.password, str(body.get("password", ""))):
            raise IOTileError(401, _BAD_LOGIN)
        if not user.is_active:
            raise IOTileError(401, "This account is not Active.")
        return Reply(200, self._account_with_tokens(user))

    def logout(self, call: Call) -> Reply:
        call.require_user()
        return Reply(204)

    def obtain_jwt(self, call: Call) -> Reply:
        body = call.body or {}
        name = str(body.get("username", ""))
        user = self.state.users.get(name) or next(
            (u for u in self.state.users.values() if u.username == name), None
        )
        if user is None or not same_secret(user.password, str(body.get("password", ""))):
            raise IOTileError(400, {"non_field_errors": ["Unable to log in with provided credentials."]})
        return Reply(200, {"token": self.tokens.issue(user.id, user.username, user.email)})

    def refresh_jwt(self, call: Call) -> Reply:
        try:
            token = self.tokens.refresh(str((call.body or {}).get("token", "")))
        except TokenError as exc:
            raise IOTileError(400, {"non_field_errors": [str(exc)]}) from None
        return Reply(200, {"token": token})

    def verify_jwt(self, call: Call) -> Reply:
        token = str((call.body or {}).get("token", ""))
        try:
            self.tokens.verify(token)
        except TokenError as exc:
            raise IOTileError(400, {"non_field_errors": [str(exc)]}) from None
        return Reply(200, {"token": token})

    def get_tokens(self, call: Call) -> Reply:
        view = self._account_with_tokens(call.require_user())
        return Reply(200, {"token": view["token"], "jwt": view["jwt"]})

    def request_password_reset(self, call: Call) -> Reply:
        # The same answer for known and unknown emails: the reply must not tell who has an account.
        self.password_resets.append(str((call.body or {})["email"]).lower())
        return Reply(200, {"detail": "Password reset e-mail has been sent."})

    def sign_up(self, call: Call) -> Reply:
        body = call.body or {}
        email = str(body["email"]).lower()
        errors: dict[str, list[str]] = {}
        if email in self.state.users:
            errors["email"] = ["A user is already registered with this e-mail address."]
        if any(user.username == body["username"] for user in self.state.users.values()):
            errors["username"] = ["A user with that username already exists."]
        if body["password"] != body["confirm_password"]:
            errors["confirm_password"] = ["The two password fields didn't match."]
        if errors:
            raise IOTileError(400, errors)
        user = User(
            id=1 + max((u.id for u in self.state.users.values()), default=0),
            email=email,
            username=str(body["username"]),
            password=str(body["password"]),
            name=str(body.get("name", "")),
            slug=str(body["username"]).lower(),
            tagline=str(body.get("tagline", "")),
        )
        self.state.users[email] = user
        return Reply(201, account_view(user))

    def set_account_password(self, call: Call) -> Reply:
        user = call.require_user()
        if call.path["slug"] != user.slug:
            raise IOTileError.detail(403, "You do not have permission to perform this action.")
        body = call.body or {}
        if body["password"] != body["confirm_password"]:
            raise IOTileError(400, {"confirm_password": ["The two password fields didn't match."]})
        user.password = str(body["password"])
        return Reply(200, {"detail": "New password has been saved."})

    def get_user_info(self, call: Call) -> Reply:
        return Reply(200, self._account_with_tokens(call.require_user()))

    def _account_with_tokens(self, user: User) -> dict[str, Any]:
        key = next((k for k, email in self.drf_keys.items() if email == user.email), None)
        if key is None:
            key = secrets.token_hex(20)
            self.drf_keys[key] = user.email
        view = account_view(user)
        view["token"] = key
        view["jwt"] = self.tokens.issue(user.id, user.username, user.email)
        return view
