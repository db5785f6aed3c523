# urllib: URL handling (upy provides urllib.parse).
