namespace Catalog.Data.Store;

/// <summary>The catalog file cannot be read, for example while it is moved away: the app answers 503, not 500.</summary>
public sealed class CatalogUnavailableException : Exception
{
    public CatalogUnavailableException()
    {
    }

    public CatalogUnavailableException(string message)
        : base(message)
    {
    }

    public CatalogUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
