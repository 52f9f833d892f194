"""Every module says what it offers: ``__all__`` lists each public function and
class it defines, and nothing it does not have."""

import importlib
import inspect
import pkgutil

import pytest

import akhbar

MODULES = ["akhbar"] + [info.name for info in pkgutil.walk_packages(akhbar.__path__, "akhbar.")
                        if not info.name.rsplit(".", 1)[-1].startswith("_")]


@pytest.mark.parametrize("name", MODULES)
def test_all_lists_the_public_definitions(name):
    module = importlib.import_module(name)
    listed = getattr(module, "__all__", None)
    assert listed is not None, f"{name} has no __all__"
    assert all(hasattr(module, item) for item in listed), \
        f"{name}.__all__ names what it lacks: {[i for i in listed if not hasattr(module, i)]}"
    defined = {n for n, obj in vars(module).items()
               if not n.startswith("_") and (inspect.isfunction(obj) or inspect.isclass(obj))
               and obj.__module__ == name}
    assert defined <= set(listed), f"{name}.__all__ lacks {sorted(defined - set(listed))}"
