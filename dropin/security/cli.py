"""``dropin audit verify|seal|reanchor`` and ``dropin users unlock``."""

from __future__ import annotations

import argparse
import sys
from argparse import Namespace

from dropin.cli import AddCommand, Subparsers, UserError, login, open_db, system_context, user_option
from dropin.i18n import translate


def cmd_audit_verify(args: Namespace) -> int:
    from dropin.security.trail import AuditTrailService

    db = open_db(args)
    try:
        report = AuditTrailService(login(args, db)).verify(args.seal)
    finally:
        db.close()
    if report.ok:
        if report.sealed:
            print(
                translate(
                    "CLI",
                    "Audit log intact: %n record(s) checked, none is missing at the end, and the "
                    "seal {seal} still matches.",
                    None,
                    report.entries,
                ).format(seal=args.seal.strip())
            )
        else:
            print(
                translate(
                    "CLI",
                    "Audit log intact: %n record(s) checked, and none is missing at the end.",
                    None,
                    report.entries,
                )
            )
        return 0
    if report.first_bad_id is None:
        print(translate("CLI", "Audit log check failed: {problem}.").format(problem=report.problem), file=sys.stderr)
    else:
        print(
            translate("CLI", "Audit log broken at entry {id}: {problem}.").format(
                id=report.first_bad_id, problem=report.problem
            ),
            file=sys.stderr,
        )
    return 1


def cmd_audit_seal(args: Namespace) -> int:
    from dropin.security.trail import AuditTrailService

    db = open_db(args)
    try:
        seal = AuditTrailService(login(args, db)).seal()
    finally:
        db.close()
    print(
        translate("CLI", "Audit seal: {seal} ({count} entries, head {head}).").format(
            seal=seal.text, count=seal.count, head=seal.head
        )
    )
    return 0


def cmd_audit_reanchor(args: Namespace) -> int:
    from dropin.security.trail import AuditTrailService

    db = open_db(args)
    try:
        seal = AuditTrailService(login(args, db)).reanchor(args.reason)
    finally:
        db.close()
    print(
        translate(
            "CLI", "The audit anchor now points at entry {count}; the re-anchoring is recorded. New seal: {seal}."
        ).format(count=seal.count, seal=seal.text)
    )
    return 0


def cmd_users_unlock(args: Namespace) -> int:
    """The recovery path when others' failed attempts keep an account (even the last manager's) locked:
    whoever holds the database passphrase lifts the lockout, and the log records it."""
    from sqlalchemy import select

    from dropin.models.security import User
    from dropin.security.auth import UserService

    db = open_db(args)
    try:
        ctx = system_context(db)
        with ctx.transaction() as s:
            user_id = s.scalar(select(User.id).where(User.username == args.user))
        if user_id is None:
            raise UserError(translate("CLI", "There is no account named {name}.").format(name=args.user))
        UserService(ctx).unlock(user_id, args.reason)
    finally:
        db.close()
    print(
        translate("CLI", "The account {name} is unlocked; the unlocking is recorded in the audit log.").format(
            name=args.user
        )
    )
    return 0


def cmd_users_recover(args: argparse.Namespace) -> int:
    """Every manager password lost: the recovery key gives a manager account a new password and the stores."""
    from dropin.cli import secret
    from dropin.security.auth import UserService

    key = secret(
        "DROPIN_RECOVERY_KEY", translate("CLI", "Recovery key (the groups printed when the database was made): ")
    )
    password = secret(
        "DROPIN_NEW_PASSWORD", translate("CLI", "New password for {name}: ").format(name=args.user), confirm=True
    )
    db = open_db(args)
    try:
        UserService(system_context(db)).recover_stores(key, args.user, password)
    finally:
        db.close()
    print(
        translate(
            "CLI",
            "The manager account {name} has a new password and holds every store again; this is recorded in the "
            "audit log. Give the other staff one-time passwords as needed.",
        ).format(name=args.user)
    )
    return 0


def register(sub: Subparsers[argparse.ArgumentParser], command: AddCommand) -> None:
    audit = sub.add_parser("audit", help=translate("CLI", "audit log tools"))
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)
    p = audit_sub.add_parser("verify", help=translate("CLI", "check the audit log's hash chain"))
    p.add_argument("--seal", default=None, help=translate("CLI", "COUNT:HASH printed on an earlier report or backup"))
    audit_commands = [(p, cmd_audit_verify)]
    p = audit_sub.add_parser("seal", help=translate("CLI", "print the audit log's current seal"))
    audit_commands.append((p, cmd_audit_seal))
    p = audit_sub.add_parser("reanchor", help=translate("CLI", "point a missing or invalid anchor at the log's end"))
    p.add_argument("--reason", required=True, help=translate("CLI", "why, in a sentence (recorded)"))
    audit_commands.append((p, cmd_audit_reanchor))
    for p, func in audit_commands:
        p.add_argument("--db", default=argparse.SUPPRESS)
        user_option(p)
        p.set_defaults(func=func)

    users = sub.add_parser("users", help=translate("CLI", "staff account tools"))
    users_sub = users.add_subparsers(dest="users_command", required=True)
    p = users_sub.add_parser("unlock", help=translate("CLI", "lift a lockout (needs the database passphrase)"))
    p.add_argument("--db", default=argparse.SUPPRESS)
    p.add_argument("--user", required=True, help=translate("CLI", "the locked account's user name"))
    p.add_argument("--reason", required=True, help=translate("CLI", "why, in a sentence (recorded)"))
    p.set_defaults(func=cmd_users_unlock)
    p = users_sub.add_parser(
        "recover", help=translate("CLI", "with the recovery key: a new password for a manager account")
    )
    p.add_argument("--db", default=argparse.SUPPRESS)
    p.add_argument("--user", required=True, help=translate("CLI", "the manager account's user name"))
    p.set_defaults(func=cmd_users_recover)
