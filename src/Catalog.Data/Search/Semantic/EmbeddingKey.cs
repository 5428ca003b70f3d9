using System.Security.Cryptography;
using System.Text;

namespace Catalog.Data.Search.Semantic;

/// <summary>What a stored vector is filed under: the SHA-256 of the model's name and the embedded text, in hex. A paper
/// whose title and abstract did not change keeps its key through any number of imports (its rowid may not), so its
/// vector is computed once; another model never finds this one's vectors.</summary>
public static class EmbeddingKey
{
    public static string For(string model, string text)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(text);
        // The model's name ends at a NUL, which neither it nor a seed's text can hold.
        var bytes = Encoding.UTF8.GetBytes(model + "\0" + text);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
