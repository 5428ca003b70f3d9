namespace Catalog.Web.Middleware;

/// <summary>The headers every answer carries, set by NetEscapades.AspNetCore.SecurityHeaders: scripts, styles, fonts and
/// images from the app itself only (KaTeX styles its output through the DOM, which a CSP does not restrict), no framing,
/// no MIME sniffing, no referrer beyond the origin to other sites, and no powerful browser features.</summary>
public static class SecurityHeaders
{
    public static HeaderPolicyCollection Policy() => new HeaderPolicyCollection()
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            csp.AddScriptSrc().Self();
            csp.AddStyleSrc().Self();
            csp.AddImgSrc().Self();
            csp.AddFontSrc().Self();
            csp.AddConnectSrc().Self();
            csp.AddObjectSrc().None();
            csp.AddBaseUri().Self();
            csp.AddFormAction().Self();
            csp.AddFrameAncestors().None();
        })
        .AddFrameOptionsDeny()
        .AddContentTypeOptionsNoSniff()
        .AddReferrerPolicyStrictOriginWhenCrossOrigin()
        .AddCrossOriginOpenerPolicy(policy => policy.SameOrigin())
        // Only features every current browser knows: an unknown one is a console error, which Lighthouse counts.
        .AddPermissionsPolicy(permissions =>
        {
            permissions.AddCamera().None();
            permissions.AddMicrophone().None();
            permissions.AddGeolocation().None();
            permissions.AddPayment().None();
            permissions.AddUsb().None();
        })
        .RemoveServerHeader();
}
