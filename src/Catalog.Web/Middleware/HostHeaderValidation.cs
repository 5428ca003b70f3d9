using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Catalog.Web.Middleware;

/// <summary>Answers 400 to a request whose Host is missing or is not a host name, an IP address or a port a browser could
/// have sent. Pages build absolute addresses from the Host, and a malformed one ("a..b", ":99999", "xn--zz") fails
/// deep inside rendering. Which hosts are allowed at all is the framework's host filtering (<c>AllowedHosts</c>).</summary>
public sealed class HostHeaderValidation(RequestDelegate next)
{
    private const int MaxHostLength = 253;
    private static readonly IdnMapping s_idn = new() { UseStd3AsciiRules = true };

    public Task InvokeAsync(HttpContext context)
    {
        // The raw header: HttpRequest.Host decodes "xn--" names and throws on ones that do not decode.
        if (IsValid(context.Request.Headers.Host.ToString()))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("Bad request: the Host header is missing or is not a valid host name.");
    }

    public static bool IsValid(string host)
    {
        if (host.Length == 0)
        {
            return false;
        }

        var (name, port) = Split(host);
        if (port is not null && !(int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and <= 65535))
        {
            return false;
        }

        if (name.StartsWith('[') && name.EndsWith(']'))
        {
            return IPAddress.TryParse(name[1..^1], out var address) && address.AddressFamily == AddressFamily.InterNetworkV6;
        }

        return IsHostName(name);
    }

    private static (string Name, string? Port) Split(string value)
    {
        var colon = value.LastIndexOf(':');
        var bracket = value.LastIndexOf(']');
        return colon > bracket ? (value[..colon], value[(colon + 1)..]) : (value, null);
    }

    /// <summary>Letters, digits and hyphens in labels of 1 to 63 characters (an IPv4 address is such a name too), or a
    /// Unicode name that IDNA turns into one; an "xn--" label must decode.</summary>
    private static bool IsHostName(string name)
    {
        if (name.Length is 0 or > MaxHostLength)
        {
            return false;
        }

        string ascii;
        try
        {
            ascii = s_idn.GetAscii(name.EndsWith('.') ? name[..^1] : name);
            _ = s_idn.GetUnicode(ascii);
        }
        catch (ArgumentException)
        {
            return false;
        }

        return ascii.Split('.').All(label => label.Length is > 0 and <= 63 && !label.StartsWith('-') && !label.EndsWith('-')
            && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'));
    }
}
