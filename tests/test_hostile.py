"""Hostile, malformed and huge input: each gets a clear outcome, never a traceback."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import routes
from routes._io import write_atomic
from routes.cli import app
from routes.errors import ArticleError

runner = CliRunner()
GOOD = "Le 3 mars 2024, la douane a saisi deux tonnes de cocaïne au port d’Anvers."

# (name, bytes, expected: "ok" or a fragment of the error message)
CASES: list[tuple[str, bytes, str]] = [
    ("empty", b"", "empty"),
    ("blank", b" \n\t\n  ", "empty"),
    ("only-newlines", b"\n" * 1000, "empty"),
    ("pdf", b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n", "binary"),
    ("png", b"\x89PNG\r\n\x1a\n" + bytes(64), "binary"),
    ("jpeg", b"\xff\xd8\xff\xe0" + bytes(64), "binary"),
    ("gif", b"GIF89a" + bytes(32), "binary"),
    ("zip", b"PK\x03\x04" + bytes(32), "binary"),
    ("elf", b"\x7fELF" + bytes(32), "binary"),
    ("random-bytes", bytes((i * 97 + 13) % 256 for i in range(4096)), "binary"),
    ("nul-inside", b"Saisie au port\x00 d'Anvers", "binary"),
    ("control-chars", b"\x01\x02\x03\x04\x05\x06\x07\x08" * 20 + b"Anvers", "control"),
    ("latin1", GOOD.replace("’", "'").encode("latin-1"), "ok"),
    ("cp1252", GOOD.encode("cp1252"), "ok"),
    ("utf8-bom", b"\xef\xbb\xbf" + GOOD.encode(), "ok"),
    ("utf16", GOOD.encode("utf-16"), "binary"),
    ("crlf", GOOD.replace(" ", "\r\n", 3).encode(), "ok"),
    ("no-places", b"Il pleut beaucoup aujourd'hui et rien ne se passe.", "ok"),
    ("one-long-line", ("Anvers " * 30_000).encode(), "ok"),
    ("emoji-and-rtl", "🚢 Saisie à Anvers ‮اختبار‬ 🇧🇪 cocaïne".encode(), "ok"),
    ("combining-marks", "Sai\u0301sie a\u0300 Anvers.".encode(), "ok"),
    ("zero-width", "An\u200bvers, saisie de cocaïne à Anvers.".encode(), "ok"),
    ("script-tag", f"<script>alert(1)</script> {GOOD}".encode(), "ok"),
    ("html-attr", f'"><svg onload=alert(1)> {GOOD} <img src=x onerror=alert(1)>'.encode(), "ok"),
    ("markdown", f"# Titre\n\n*{GOOD}*\n\n- [lien](javascript:alert(1))".encode(), "ok"),
    ("only-punctuation", b"!!! ??? ... --- ***", "ok"),
    ("digits", b"1234567890 " * 100, "ok"),
    ("surrogate-escape", b"Anvers \xed\xa0\x80 cocaine", "ok"),
]


@pytest.mark.parametrize(("name", "payload", "expected"), CASES, ids=[c[0] for c in CASES])
def test_article_bytes(tmp_path, name, payload, expected):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(payload)
    if expected == "ok":
        case = routes.read(path)
        text = routes.article_from_path(path).text
        for p in case.place_items:
            for m in p.mentions:
                assert text[m.start : m.end] == m.text
    else:
        with pytest.raises(ArticleError, match=expected):
            routes.read(path)


@pytest.mark.parametrize(
    ("name", "payload", "expected"), CASES[:12], ids=[c[0] for c in CASES[:12]]
)
def test_cli_one_line_error(tmp_path, name, payload, expected):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(payload)
    r = runner.invoke(app, ["extract", str(path), "-o", str(tmp_path / "out.geojson")])
    assert r.exit_code == 3
    lines = [line for line in r.output.splitlines() if line.strip()]
    assert len(lines) == 1
    assert lines[0].startswith("routes: error:")
    assert "Traceback" not in r.output
    assert not (tmp_path / "out.geojson").exists()


def test_folder_and_missing_path(tmp_path):
    for target, message in ((tmp_path, "folder"), (tmp_path / "missing.txt", "missing path")):
        r = runner.invoke(app, ["extract", str(target), "-o", str(tmp_path / "o.geojson")])
        assert r.exit_code == 3
        assert message in r.output


def test_huge_text_is_refused_not_truncated(tmp_path, monkeypatch):
    monkeypatch.setattr(routes.settings, "max_chars", 1_000_000)
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Anvers " * 800_000)  # 5.6 MB
    with pytest.raises(ArticleError, match="at most 1,000,000"):
        routes.read(path)


def test_fifty_megabytes_gets_a_clear_error(tmp_path):
    path = tmp_path / "fifty.txt"
    with path.open("wb") as fh:
        fh.write(b"Saisie de cocaine a Anvers. " * (50 * 1024 * 1024 // 28))
    r = runner.invoke(app, ["extract", str(path), "-o", str(tmp_path / "o.geojson")])
    assert r.exit_code == 3
    assert "at most" in r.output


def test_long_article_is_parsed_in_chunks():
    text = ("Le 3 mars 2024, la douane a saisi de la cocaïne au port d’Anvers.\n\n" * 1500)
    case = routes.case_from_text(text)
    assert any(p.name == "Port of Antwerp" for p in case.place_items)
    mentions = [m for p in case.place_items for m in p.mentions]
    assert len(mentions) >= 1500
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_batch_of_inputs_goes_on_after_failures(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    bad = [tmp_path / f"bad{i}.txt" for i in range(3)]
    for i, b in enumerate(bad):
        b.write_bytes([b"", b"%PDF-1.4", b"\x00\x01\x02"][i])
    r = runner.invoke(app, ["extract", *map(str, bad), str(good), "-o", f"{tmp_path}/out/"])
    assert r.exit_code == 3
    assert (tmp_path / "out" / "good.geojson").exists()
    assert sum(line.startswith("routes: error:") for line in r.output.splitlines()) == 3


def test_same_input_gives_identical_bytes(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(GOOD + " Une fusillade a éclaté à Anderlecht en février 2025.", "utf-8")
    outs = []
    for i in range(2):
        r = runner.invoke(app, ["extract", str(src), "-o", str(tmp_path / f"c{i}.geojson")])
        assert r.exit_code == 0
        r = runner.invoke(app, ["map", str(src), "-o", str(tmp_path / f"m{i}.html")])
        assert r.exit_code == 0
        outs.append(((tmp_path / f"c{i}.geojson").read_bytes(),
                     (tmp_path / f"m{i}.html").read_bytes()))
    assert outs[0] == outs[1]


def test_failed_run_keeps_previous_output(tmp_path):
    out = tmp_path / "map.html"
    out.write_text("previous map", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    r = runner.invoke(app, ["map", str(bad), "-o", str(out)])
    assert r.exit_code == 3
    assert out.read_text(encoding="utf-8") == "previous map"


def test_killed_write_leaves_previous_file_intact(tmp_path):
    target = tmp_path / "case.geojson"
    target.write_text('{"previous": true}', encoding="utf-8")
    script = textwrap.dedent(
        f"""
        import sys
        from routes._io import write_atomic

        big = b"{{" + b" " * (400 * 1024 * 1024)
        print("writing", flush=True)
        write_atomic({str(target)!r}, big)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == b"writing"
    time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    assert json.loads(target.read_text(encoding="utf-8")) == {"previous": True}


def test_write_atomic_cleans_up_on_error(tmp_path, monkeypatch):
    target = tmp_path / "x.txt"
    target.write_text("old", encoding="utf-8")

    def boom(fd):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.txt"]


def test_javascript_urls_are_not_links():
    from routes.render import safe_url

    assert safe_url("javascript:alert(1)") == ""
    assert safe_url(" JAVASCRIPT:alert(1)") == ""
    assert safe_url("data:text/html,<script>") == ""
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=400))
def test_any_unicode_text_gives_valid_spans(text):
    try:
        case = routes.case_from_text(text, lang="fr")
    except ArticleError:
        assert not text.strip()
        return
    for p in case.place_items:
        for m in p.mentions:
            assert text[m.start : m.end] == m.text
    for inc in case.incident_items:
        for ev in inc.evidence:
            assert text[ev.start : ev.end] == ev.text
    back = routes.case_from_geojson(json.loads(json.dumps(case.to_geojson())))
    assert len(back.place_items) == len(case.place_items)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["Anvers", "Panama", "Colombie", " ", "\n", "saisie", "à",
                                 "l’", "d'", "Bruxelles", ",", ".", "é", "🚢", "<b>"]),
                min_size=1, max_size=60))
def test_place_like_text_gives_valid_spans(words):
    text = " ".join(words)
    if not text.strip():
        return
    case = routes.case_from_text(text, lang="fr")
    for p in case.place_items:
        for m in p.mentions:
            assert text[m.start : m.end] == m.text


def test_stdin_binary(monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"%PDF-1.4\x00")))
    with pytest.raises(ArticleError, match="binary"):
        routes.article_from_path("-")


def test_read_path_object(tmp_path):
    p = Path(tmp_path / "a.md")
    p.write_text(GOOD, encoding="utf-8")
    assert routes.read(p).place_items


def test_written_files_are_readable_by_others(tmp_path):
    target = write_atomic(tmp_path / "map.html", "<html></html>")
    assert target.stat().st_mode & 0o044 == 0o044
    target.chmod(0o600)
    write_atomic(target, "<html>v2</html>")
    assert target.stat().st_mode & 0o777 == 0o600
