namespace Catalog.Web.Components.Responses;

/// <summary>Why there is nothing at an address, and where to go instead.</summary>
public sealed record NotFoundReason(string Message, string? LinkHref = null, string? LinkText = null);
