"""Which packages the wheel holds: ``app`` with its subpackages, and ``resources/`` mapped in as ``app.resources``.

``resources/`` stays at the top of the repository, as the project's layout fixes; pyproject.toml alone
cannot list the packages it finds together with those mapped from another folder. Namespace discovery,
because data folders (migrations/versions, resources/fonts) hold no ``__init__.py``. Everything else
about the package is in pyproject.toml.
"""

from setuptools import find_namespace_packages, setup

CACHES = ["*.__pycache__", "__pycache__"]

setup(
    packages=[
        *find_namespace_packages(include=["app", "app.*"], exclude=CACHES),
        "app.resources",
        *(f"app.resources.{name}" for name in find_namespace_packages("resources", exclude=CACHES)),
    ],
    package_dir={"app.resources": "resources"},
)
