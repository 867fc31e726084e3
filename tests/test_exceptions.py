"""Tests of tension.exceptions: the error classes and their messages."""

from __future__ import annotations

import pytest

from tension import FieldTypeError, ParseError, SchemaError, TensionError, UnknownCodeError


@pytest.mark.parametrize(
    ("cls", "builtin"),
    [(SchemaError, ValueError), (FieldTypeError, TypeError), (UnknownCodeError, ValueError), (ParseError, ValueError)],
)
def test_errors_subclass_the_builtin_a_caller_catches(cls, builtin):
    """Every error is a TensionError and also the builtin a caller would catch."""
    assert issubclass(cls, TensionError)
    assert issubclass(cls, builtin)


def test_unknown_code_error_is_a_schema_error():
    """UnknownCodeError is a SchemaError on the code field."""
    e = UnknownCodeError("999", row=3, count=2)
    assert isinstance(e, SchemaError)
    assert (e.field, e.code, e.row, e.count) == ("code", "999", 3, 2)
    assert "'999'" in str(e) and "row 3" in str(e) and "2 unknown codes" in str(e)


def test_schema_error_message_names_field_expected_and_got():
    """A SchemaError message names the field, the row, what was expected and what arrived."""
    e = SchemaError("tension", "a finite number in [-10, 10]", "11.0", row=4)
    assert str(e) == "field 'tension' (row 4): expected a finite number in [-10, 10], got 11.0"


def test_field_type_error_message_names_the_type_that_arrived():
    """A FieldTypeError message gives the type and value that arrived."""
    e = FieldTypeError("mentions", "a number", "3")
    assert str(e) == "field 'mentions': expected a number, got str '3'"


def test_parse_error_message_names_file_line_column_and_value():
    """A ParseError message reads 'path, line N, column c: reason; got v'."""
    e = ParseError("events.csv", 7, "code", "999", "expected a CAMEO code")
    assert str(e) == "events.csv, line 7, column 'code': expected a CAMEO code; got '999'"
    assert (e.path, e.line, e.column, e.value) == ("events.csv", 7, "code", "999")


def test_parse_error_without_line_or_value():
    """A ParseError without line, column or value leaves them out of the message."""
    assert str(ParseError("x.parquet", None, None, None, "expected a Parquet file")) == "x.parquet: expected a Parquet file"


def test_errors_carry_their_row_as_an_attribute() -> None:
    """Row numbers are attributes (never parsed back out of messages) and survive pickling."""
    import pickle

    for e in (SchemaError("tension", "a number", "x", 7), FieldTypeError("actor", "str", 3, 7),
              UnknownCodeError("999", 7)):
        again = pickle.loads(pickle.dumps(e))
        assert e.row == again.row == 7 and str(again) == str(e) and "(row 7)" in str(e)
    assert ParseError("f.csv", 3, "code", "x", "expected a code").line == 3
