"""Per-change latency of `replylint server`: didChange sent -> publishDiagnostics read.

A real client (pygls's) drives the installed server over stdio, as an editor does.
Each language's ~150-word draft is opened (that first check loads the pipeline and
is not counted), then edited one word at a time with a pause longer than the
debounce between edits, as someone typing and stopping would. A second figure
sends bursts of keystrokes 30 ms apart and measures from the last one to the
diagnostics for it: debounce plus check.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

DEBOUNCE_S = 0.15  # the server's default


def _percentiles(times: list[float]) -> tuple[float, float]:
    times = sorted(times)
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]


async def _measure(
    command: list[str], drafts: dict[str, Path], edits: int, bursts: int
) -> dict[str, tuple[float, float]]:
    client = LanguageClient("replylint-benchmark", "1")
    arrived: dict[tuple[str, int], float] = {}
    signal = asyncio.Event()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def _published(params: types.PublishDiagnosticsParams) -> None:
        arrived[(params.uri, params.version or 0)] = time.perf_counter()
        signal.set()

    async def wait_for(uri: str, version: int) -> float:
        while (uri, version) not in arrived:
            signal.clear()
            await asyncio.wait_for(signal.wait(), 60)
        return arrived[(uri, version)]

    await client.start_io(command[0], *command[1:])
    await client.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities()))
    client.initialized(types.InitializedParams())
    figures: dict[str, tuple[float, float]] = {}
    burst_times: list[float] = []
    for lang, path in drafts.items():
        uri, text = path.as_uri(), path.read_text(encoding="utf-8")
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "plaintext", 1, text))
        )
        await wait_for(uri, 1)
        version, times = 1, []
        for index in range(edits):
            await asyncio.sleep(DEBOUNCE_S + 0.02)
            version += 1
            text = text.rstrip("\n") + (" ok" if index % 2 == 0 else "") + "\n"
            sent = time.perf_counter()
            client.text_document_did_change(
                types.DidChangeTextDocumentParams(
                    types.VersionedTextDocumentIdentifier(version, uri),
                    [types.TextDocumentContentChangeWholeDocument(text)],
                )
            )
            times.append((await wait_for(uri, version) - sent) * 1000)
        figures[lang] = _percentiles(times)
        for _ in range(bursts):
            await asyncio.sleep(DEBOUNCE_S + 0.02)
            for _ in range(5):
                version += 1
                text += "x"
                sent = time.perf_counter()
                client.text_document_did_change(
                    types.DidChangeTextDocumentParams(
                        types.VersionedTextDocumentIdentifier(version, uri),
                        [types.TextDocumentContentChangeWholeDocument(text)],
                    )
                )
                await asyncio.sleep(0.03)
            burst_times.append((await wait_for(uri, version) - sent) * 1000)
    figures["burst"] = _percentiles(burst_times)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return figures


def server_latency(
    command: list[str], drafts: dict[str, Path], edits: int = 40, bursts: int = 8
) -> dict[str, tuple[float, float]]:
    """p50 and p95 in ms per language, and for bursts of typing under `"burst"`."""
    return asyncio.run(_measure(command, drafts, edits, bursts))


if __name__ == "__main__":  # python benchmarks/server_latency.py DRAFT.txt ...
    exe = Path(sys.executable).with_name("replylint")
    paths = {str(i): Path(p) for i, p in enumerate(sys.argv[1:])}
    for name, (p50, p95) in server_latency([str(exe), "server"], paths).items():
        print(f"{name}: p50 {p50:.1f} ms, p95 {p95:.1f} ms")
