namespace Catalog.Data.Model;

/// <summary>An author as a link: the name to show (as the paper prints it, in a paper's author list) and the slug of
/// the person's page.</summary>
public sealed record AuthorRef(string Name, string Slug)
{
    /// <summary>The family name of <see cref="Name"/>, where a citation needs it (a paper's own author list).</summary>
    public string? Family { get; init; }
}
