"""Which packages the wheel holds; everything else about the project is in pyproject.toml.

The packages are found rather than listed, because the corpora are a package that lives apart:
models/ in the checkout (where users run and edit its scripts) ships as ``mlagility.models`` in the
wheel, one namespace package per corpus folder, like each config group under mlagility/conf/.
"""

from setuptools import find_namespace_packages, setup

CORPORA = "models"
NOT_PACKAGES = ["*__pycache__*"]

corpora = [f"mlagility.models.{name}" for name in find_namespace_packages(where=CORPORA, exclude=NOT_PACKAGES)]
setup(
    packages=[
        *find_namespace_packages(include=["mlagility", "mlagility.*", "hydra_plugins", "hydra_plugins.*"], exclude=NOT_PACKAGES),
        "mlagility.models",
        *corpora,
    ],
    package_dir={"mlagility.models": CORPORA},
)
