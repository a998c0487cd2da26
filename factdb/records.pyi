# What type checkers see of factdb.records: dataclasses' own signatures, which records.py
# reproduces at run time (without importing dataclasses: see its docstring). With them the
# generated __init__ of every record class is checked as a dataclass's would be.
from dataclasses import MISSING as MISSING
from dataclasses import Field as Field
from dataclasses import FrozenInstanceError as FrozenInstanceError
from dataclasses import asdict as asdict
from dataclasses import dataclass as dataclass
from dataclasses import field as field
from dataclasses import fields as fields
from dataclasses import replace as replace
from typing import Any

def is_record(kind: Any) -> bool: ...
