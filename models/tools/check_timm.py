"""Which timm architectures build, and at what input size: the check behind models/timm.

Each of ``timm.list_models()`` is built with ``pretrained=False`` and called once at batch 1 on
PyTorch's ``meta`` device, where tensors have shapes but no data: no memory, no arithmetic, yet
every constructor error and every shape that does not fit is found. An architecture is tried at
the parse() default, 224x224, then (if that fails) at its own ``pretrained_cfg["input_size"]``;
a call that fails only because a batch norm in training mode sees one value per channel is
tried again after ``model.eval()``. A model that takes 224x224 is also called at 64x64, the
health check's small size, and whether it takes that is recorded too (``small``). One that does not
is built again for that size (``img_size=(64, 64)``, which most of timm's transformers take) and
put in ``eval()`` mode if a batch norm still needs it; whether that helps is ``small_fixed``, and
``small_img_size``/``small_eval`` say which of the two it took.

The results go to ``timm_check.json`` beside this file, one entry per architecture, written as
the check goes, so a stopped run resumes where it was. ``generate_timm.py`` reads that file; it
never builds a model itself.

    python models/tools/check_timm.py            # resumes; --fresh starts over
    python models/tools/check_timm.py --small    # adds only the 64x64 calls to earlier results
"""

import argparse
import json
import sys
from pathlib import Path

import timm
import torch

RESULTS = Path(__file__).with_name("timm_check.json")
DEFAULT_SIZE = (224, 224)
# The health check's small size (mlagility.cli.health's SIZES["small"]).
SMALL_SIZE = (64, 64)


def shorten(error: BaseException) -> str:
    """The error's type and the first line of its message, at most 160 characters."""
    lines = str(error).strip().splitlines()
    message = f"{type(error).__name__}: {lines[0] if lines else ''}".rstrip(": ")
    return message if len(message) <= 160 else message[:157] + "..."


def call(model: torch.nn.Module, size: tuple[int, int]) -> None:
    """Call ``model`` on a meta image batch of one, 3 channels, ``size`` pixels."""
    with torch.no_grad():
        model(torch.empty(1, 3, *size, device="meta"))


def check(name: str) -> dict:
    """Build ``name`` on the meta device and call it; returns what the generator needs to know.

    The keys: ``builds`` (bool), ``error`` (why not), ``parameters``, ``size`` (the height and
    width it takes: 224x224 where it can), ``eval`` (whether it needs ``model.eval()`` at batch 1)
    and ``source`` (the paper or page its pretrained_cfg names, if any).
    """
    cfg = timm.models.get_pretrained_cfg(name)
    cfg = cfg.to_dict() if cfg is not None else {}
    own_size = tuple(cfg.get("input_size", (3,) + DEFAULT_SIZE)[1:])
    result = {"builds": False, "own_size": list(own_size)}
    for key in ("paper_ids", "hf_hub_id", "origin_url"):
        if cfg.get(key):
            result[key] = cfg[key]
    try:
        with torch.device("meta"):
            model = timm.create_model(name, pretrained=False)
    except Exception as error:  # the library's own reason, kept for the readme
        result["error"] = shorten(error)
        return result
    result["parameters"] = sum(p.numel() for p in model.parameters())
    errors = []
    for size in dict.fromkeys([DEFAULT_SIZE, own_size]):
        for needs_eval in (False, True):
            model.train(not needs_eval)
            try:
                call(model, size)
            except Exception as error:
                errors.append(shorten(error))
                # only a batch norm on one value per channel is helped by eval()
                if "more than 1 value per channel" not in str(error):
                    break
                continue
            result.update(builds=True, size=list(size), eval=needs_eval)
            if size == DEFAULT_SIZE:
                result["small"] = small(model)
                result.update(fix_small(name, result))
            return result
    result["error"] = errors[0]
    return result


def small(model: torch.nn.Module) -> str:
    """``"ok"`` if ``model`` (in the mode its check found) takes a 64x64 image, else why not."""
    try:
        call(model, SMALL_SIZE)
    except Exception as error:
        return shorten(error)
    return "ok"


def fix_small(name: str, result: dict) -> dict:
    """For a model that takes 224x224 but not 64x64: whether it takes both when built for the size
    it is called at (``img_size``), in ``eval()`` mode where a batch norm sees one value per
    channel. Returns ``{}`` for a model that needs no fix, else ``small_fixed`` (``"ok"`` or the
    last error) with ``small_img_size`` and ``small_eval``, the fix that worked."""
    if result["small"] == "ok":
        return {}
    error = result["small"]
    for img_size in (False, True):
        for needs_eval in dict.fromkeys([result["eval"], True]):
            if not img_size and needs_eval == result["eval"]:
                continue  # the call ``small`` already made
            try:
                for size in (DEFAULT_SIZE, SMALL_SIZE):
                    with torch.device("meta"):
                        model = timm.create_model(name, pretrained=False, **({"img_size": size} if img_size else {}))
                    model.train(not needs_eval)
                    call(model, size)
            except Exception as failure:
                error = shorten(failure)
                continue
            return {"small_fixed": "ok", "small_img_size": img_size, "small_eval": needs_eval}
    return {"small_fixed": error, "small_img_size": False, "small_eval": False}


def add_small(name: str, result: dict) -> dict:
    """``result`` with the 64x64 calls added, for results written before the check made them."""
    if "small" not in result:
        with torch.device("meta"):
            model = timm.create_model(name, pretrained=False)
        model.train(not result["eval"])
        result = {**result, "small": small(model)}
    return {**result, **fix_small(name, result)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fresh", action="store_true", help="start over instead of resuming")
    parser.add_argument("--small", action="store_true", help="add the 64x64 calls to results that lack them")
    parser.add_argument("names", nargs="*", help="architectures to (re)check; default: all")
    args = parser.parse_args()
    results = {} if args.fresh or not RESULTS.exists() else json.loads(RESULTS.read_text())["architectures"]
    if args.small:
        names = [n for n, r in results.items() if r.get("size") == list(DEFAULT_SIZE)
                 and ("small" not in r or (r["small"] != "ok" and "small_fixed" not in r))]
    else:
        names = args.names or [n for n in timm.list_models() if n not in results]
    for i, name in enumerate(names):
        print(f"[{i + 1}/{len(names)}] {name}", file=sys.stderr, flush=True)
        results[name] = add_small(name, results[name]) if args.small else check(name)
        document = {"timm": timm.__version__, "torch": torch.__version__.split("+")[0],
                    "architectures": dict(sorted(results.items()))}
        RESULTS.write_text(json.dumps(document, indent=1) + "\n")


if __name__ == "__main__":
    main()
