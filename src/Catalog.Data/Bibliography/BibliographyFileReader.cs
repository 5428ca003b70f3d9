using System.Text;
using Catalog.Data.Seeds;

namespace Catalog.Data.Bibliography;

/// <summary>Reads one bibliography file, whatever its format: checks it first (at most <see cref="MaxBytes"/>, UTF-8, no
/// NUL), then gives it to the reader of its kind, chosen by its extension (.bib, .ris, .json, .atom or .xml) or, for any
/// other name, by its first character.</summary>
public static class BibliographyFileReader
{
    /// <summary>A library of 20,000 entries with abstracts is about 20 MiB; a file past 32 MiB is not a bibliography.</summary>
    public const int MaxBytes = 32 * 1024 * 1024;

    private static readonly UTF8Encoding s_strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static BibliographyRead Read(string file, string displayPath, BibliographyOptions options)
    {
        try
        {
            var info = new FileInfo(file);
            if (!info.Exists)
            {
                return Failed(displayPath, 1, "not found");
            }

            if (info.Length > MaxBytes)
            {
                return Failed(displayPath, 1, FormattableString.Invariant(
                    $"is {info.Length / 1024.0 / 1024.0:0.0} MiB; add reads files of at most {MaxBytes / 1024 / 1024} MiB (split it)"));
            }

            return Read(File.ReadAllBytes(file), displayPath, Path.GetExtension(file), options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(displayPath, 1, $"cannot be read: {ex.Message}");
        }
    }

    /// <summary>Reads the bytes of a file or of an HTTP answer; <paramref name="extension"/> names the format (".bib").</summary>
    public static BibliographyRead Read(ReadOnlySpan<byte> bytes, string displayPath, string extension, BibliographyOptions options)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = s_strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var at = FirstInvalidByte(bytes);
            return Failed(displayPath, LineAt(bytes, at), FormattableString.Invariant(
                $"is not UTF-8 (byte 0x{bytes[at]:X2} at offset {at}); save it as UTF-8 (in Zotero: Export, Character Encoding: Unicode (UTF-8))"));
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            return Failed(displayPath, LineAt(text, nul), "holds a NUL character (U+0000), so it is not a text file; nothing in it was read");
        }

        return Kind(extension, text) switch
        {
            BibliographyKind.BibTex => BibTexReader.Read(text, displayPath, options),
            BibliographyKind.Ris => RisReader.Read(text, displayPath, options),
            BibliographyKind.CslJson => CslJsonReader.Read(text, displayPath, options),
            BibliographyKind.Atom => ArxivAtomReader.Read(text, displayPath),
            _ => Failed(displayPath, 1, "is not a bibliography file add reads: BibTeX (.bib), RIS (.ris), CSL-JSON (.json) or arXiv Atom (.atom, .xml)"),
        };
    }

    public static BibliographyKind Kind(string extension, string text)
    {
        switch (extension.ToLowerInvariant())
        {
            case ".bib" or ".bibtex" or ".biblatex":
                return BibliographyKind.BibTex;
            case ".ris":
                return BibliographyKind.Ris;
            case ".json" or ".csljson":
                return BibliographyKind.CslJson;
            case ".atom" or ".xml":
                return BibliographyKind.Atom;
        }

        var first = text.TrimStart().FirstOrDefault();
        return first switch
        {
            '@' or '%' => BibliographyKind.BibTex,
            '[' or '{' => BibliographyKind.CslJson,
            '<' => BibliographyKind.Atom,
            'T' when text.TrimStart().StartsWith("TY  -", StringComparison.Ordinal) => BibliographyKind.Ris,
            _ => BibliographyKind.Unknown,
        };
    }

    private static BibliographyRead Failed(string path, int line, string message) => new([], [new SeedProblem(path, line, message)]);

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var at = 0;
        while (at < bytes.Length)
        {
            if (System.Buffers.OperationStatus.Done != Rune.DecodeFromUtf8(bytes[at..], out _, out var consumed))
            {
                return at;
            }

            at += consumed;
        }

        return Math.Max(0, bytes.Length - 1);
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;

    internal static int LineAt(string text, int offset) => text.AsSpan(0, offset).Count('\n') + 1;
}
