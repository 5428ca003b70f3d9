namespace Catalog.Data.Search.Engine.Analysis;

/// <summary>A token of a text: its term and its UTF-8 byte offsets, end exclusive.</summary>
internal readonly record struct TextToken(string Term, int Start, int End);
