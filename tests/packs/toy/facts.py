"""Facts and items of the imaginary pet-registration pack: one module, no change to the core."""

from checker.core.registry import FactContext, Registry, ymd

REGISTRY = Registry("pet_registration")


@REGISTRY.fact("governing_date", "date")
def governing_date(ctx: FactContext) -> int:
    """The day the bundle was submitted (YYYYMMDD)."""
    return ymd(ctx.data.get("submitted_on"))


@REGISTRY.fact("procedure", "str")
def procedure(ctx: FactContext) -> str:
    """registration or transfer."""
    return str(ctx.data.get("procedure", ""))


@REGISTRY.fact("owner_named", "bool")
def owner_named(ctx: FactContext) -> bool:
    """Whether the owner's name is given (not blank)."""
    return bool(str(ctx.data.get("owner") or "").strip())


@REGISTRY.fact("pet_count", "int")
def pet_count(ctx: FactContext) -> int:
    """How many pets the bundle registers."""
    return len(ctx.data.get("pets") or [])


@REGISTRY.item_kind(
    "pets", {"name": "str", "species": "str", "vaccinated": "bool"}, labels={"zh-TW": "寵物", "en": "pet"}
)
def pets(ctx: FactContext) -> list[dict]:
    """Every pet, at /pets/<index>: its name, species and whether it is vaccinated."""
    return [
        {
            "pointer": f"/pets/{index}",
            "name": str(pet.get("name", "")),
            "species": str(pet.get("species", "")),
            "vaccinated": bool(pet.get("vaccinated", False)),
        }
        for index, pet in enumerate(ctx.data.get("pets") or [])
    ]
