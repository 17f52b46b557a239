"""A tour of vt_content: the bundled pack, its signs, guidance, and a pack with a mistake.

Run it after `pip install ./bindings/python`:

    python examples/python/example.py
"""

from __future__ import annotations

import datetime
import json

import vt_content


def show_signs(pack: vt_content.ContentPack) -> None:
    """Prints the pack's title and its warning signs."""
    print(f"{pack.title} ({pack.locale}, content version {pack.version})")
    print(pack.attribution.notice)
    print("\nWarning signs:")
    for sign in pack.signs:
        print(f"  [{sign.id}] {sign.title}")


def show_review(pack: vt_content.ContentPack) -> None:
    """Prints whether and when the content was reviewed, and a warning once its next
    review is due."""
    review = pack.review
    last = review.last_reviewed or "not yet reviewed"
    print(f"\nLast reviewed: {last}; next review due {review.next_review_due}")
    warning = pack.review_warning(datetime.date.today())
    if warning is not None:
        print(f"  warning: {warning}")


def show_guidance(pack: vt_content.ContentPack, recognised: list[str]) -> None:
    """Prints the advice for the signs a person recognises."""
    guidance = pack.guidance(recognised)
    print(f"\nGuidance for {', '.join(recognised)} ({guidance.kind.value}):")
    for paragraph in guidance.message:
        print(f"  {paragraph}")
    for route in guidance.speak_to:
        print(f"  Speak to: {route.title}")
    for practice in guidance.practices:
        print(f"  Practice {practice.kind.value}: {practice.title}")


def show_violations(pack: vt_content.ContentPack) -> None:
    """Loads a copy of the pack with a mistake in it and prints what is wrong."""
    data = pack.to_dict()
    data["signs"][0]["id"] = "Feeling Powerless"
    try:
        vt_content.loads(json.dumps(data))
    except vt_content.ValidationError as error:
        print("\nThe custom pack was refused:")
        for violation in error.violations:
            print(f"  {violation.path} [{violation.code}]: {violation.message}")
    else:
        raise SystemExit("the custom pack should have been refused")


def main() -> None:
    """Runs the tour on the bundled en-GB pack."""
    pack = vt_content.bundled()
    show_signs(pack)
    show_review(pack)
    show_guidance(pack, ["withdrawing", "low-motivation"])
    show_violations(pack)


if __name__ == "__main__":
    main()
