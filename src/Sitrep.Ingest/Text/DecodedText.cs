namespace Sitrep.Ingest.Text;

/// <summary>Text decoded from bytes, with the encoding used and any note about how it was chosen.</summary>
/// <param name="Text">The decoded text without the BOM.</param>
/// <param name="EncodingName">e.g. "utf-8", "utf-16le", "windows-1252".</param>
/// <param name="IsWideEncoding">True for UTF-16/UTF-32, where NUL bytes are normal.</param>
/// <param name="Note">Set when decoding was not clean (fallback or replaced bytes).</param>
public sealed record DecodedText(string Text, string EncodingName, bool IsWideEncoding, string? Note);
