"""Writes cases.tsv: what python-dotenv's load_dotenv() reads from each .env text, the reference
DotEnvTest compares capp-autogen's reader with. Run from a python-dotenv checkout's src folder:

    PYTHONPATH=path/to/python-dotenv/src python3 generate_cases.py path/to/python-dotenv/tests/test_parser.py

Each line: name, .env text, environment, expected variables; the last three base64 of
NUL-separated key/value pairs (a value of None is the single character U+0001)."""
import ast
import base64
import io
import sys

import dotenv.main

ENV = {"HOME_DIR": "/home/capp", "PGPASS": "p@ss#1", "EMPTY": ""}

OWN_CASES = [
    ("last duplicate wins", "DATABASE_URL=postgresql://a@one/db\nDATABASE_URL=postgresql://a@two/db\n"),
    ("export prefix", "export DATABASE_URL=postgresql://u@h/db\n"),
    ("export with tabs", "export\t\tA=1\n"),
    ("spaces around equals", "  A   =   spaced value   \n"),
    ("inline comment after space", "A=value # a comment\nB=value#not-a-comment\n"),
    ("comment lines and blank lines", "# first\n\n   # indented\nA=1\n\n"),
    ("single quotes keep backslashes", "A='C:\\path\\n' # c\nB='it\\'s'\n"),
    ("double quotes with escapes", 'A="line1\\nline2\\t\\"q\\" \\\\ \\a\\b\\f\\r\\v"\n'),
    ("multi-line double-quoted", 'A="first\nsecond\nthird"\nB=after\n'),
    ("multi-line single-quoted", "A='first\nsecond'\nB=2\n"),
    ("utf-8 bom", "\ufeffDATABASE_URL=postgresql://u@h/db\n"),
    ("crlf line endings", "A=1\r\nB=\"two\"\r\nC=3\r\n"),
    ("expansion from environment", "A=${HOME_DIR}/x\nB=${MISSING}-y\nC=${MISSING:-fallback}\n"),
    ("expansion from earlier values", "HOST=db.local\nDATABASE_URL=postgresql://u@${HOST}:5432/capp\n"),
    ("environment wins over file in expansion", "HOME_DIR=/from/file\nA=${HOME_DIR}\n"),
    ("expansion in quotes too", "A='${HOME_DIR}'\nB=\"${HOME_DIR}\"\n"),
    ("later value is not seen earlier", "A=${B}\nB=2\n"),
    ("empty default and empty variable", "A=${EMPTY:-d}\nB=${NOPE:-}\nC=$HOME_DIR\n"),
    ("password with special characters", "DATABASE_URL='postgresql+asyncpg://capp:p@ss/w#rd+%@db:5432/capp?ssl=require'\n"),
    ("key without value", "A\nB=\nC= \n"),
    ("unterminated quote is skipped", 'A="never closed\nB=2\n'),
    ("bad line between good lines", "A=1\n=oops\nB=2\n"),
    ("quoted key", "'A B'=1\n"),
    ("unicode", "A=caf\u00e9 \u20ac\nB=\"\u00fc\"\n"),
    ("trailing whitespace after quoted", 'A="x"   \nB=\'y\'\t# c\n'),
    ("no newline at end", "A=1\nB=2"),
    ("value with equals", "A=b=c==d\n"),
    ("tab before comment", "A=b\t#c\n"),
]


def encode(pairs):
    parts = []
    for key, value in pairs:
        parts.append(key)
        parts.append("\u0001" if value is None else value)
    return base64.b64encode("\0".join(parts).encode("utf-8")).decode("ascii")


def parser_test_inputs(path):
    tree = ast.parse(open(path, encoding="utf-8").read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "parametrize":
            for case in node.args[1].elts:
                yield ast.literal_eval(case.elts[0])


def main():
    cases = list(OWN_CASES)
    if len(sys.argv) > 1:
        cases += [("python-dotenv test_parser %d" % i, text) for i, text in enumerate(parser_test_inputs(sys.argv[1]))]
    with open("cases.tsv", "w", encoding="utf-8", newline="\n") as out:
        for name, text in cases:
            values = dotenv.main.DotEnv(None, stream=io.StringIO(text), interpolate=True, override=False)
            import os
            saved = dict(os.environ)
            os.environ.clear()
            os.environ.update(ENV)
            try:
                expected = values.dict()
            finally:
                os.environ.clear()
                os.environ.update(saved)
            out.write("\t".join([name, encode([(text, "")]), encode(ENV.items()), encode(expected.items())]) + "\n")


main()
