"""Input: decoding bytes and reading articles from files and stdin (an outer layer, not core)."""
from rasd.io.decode import DEFAULT_MAX_BYTES, arabic_ratio, check_article_text, decode_bytes
from rasd.io.read import (FORMATS, Input, InputItem, article_from_html, article_from_obj, is_day, iter_jsonl,
                          read_input)
from rasd.io.stream import open_input

__all__ = ["DEFAULT_MAX_BYTES", "FORMATS", "Input", "InputItem", "arabic_ratio", "article_from_html",
           "article_from_obj", "check_article_text", "is_day", "decode_bytes", "iter_jsonl", "open_input",
           "read_input"]
