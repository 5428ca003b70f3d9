namespace Catalog.Data.Search.Semantic;

/// <summary>Whether meaning can take part in a search of the current catalog.</summary>
public enum SemanticState
{
    /// <summary>Turned off by the settings (<c>Catalog:Semantic</c>): searches are lexical only.</summary>
    Off,

    /// <summary>This catalog version's vectors have not been looked for yet (just started, or a new catalog was swapped in).</summary>
    Waiting,

    /// <summary>Papers are being embedded; searches are lexical until every one has a vector.</summary>
    Computing,

    /// <summary>Every paper of the current catalog has a vector: <see cref="SemanticIndex.Current"/> gives them.</summary>
    Ready,
}
