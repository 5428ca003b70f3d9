using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Catalog.Web.Tests.Infrastructure;

/// <summary>A real HTTP server (Kestrel) on 127.0.0.1 that answers as arXiv's API and Crossref do, with the answers
/// committed under Fixtures/lookup. <see cref="FailFirst"/> makes the first answers 503, <see cref="Delay"/> slows every
/// answer; <see cref="Requests"/> keeps what clients asked, with their User-Agent.</summary>
public sealed class RecordedApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _failures;

    private RecordedApiServer(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    public Uri ArxivApi => new(Address, "api/");

    public Uri CrossrefApi => new(Address, "crossref/");

    public ConcurrentQueue<(string PathAndQuery, string UserAgent)> Requests { get; } = new();

    /// <summary>How many requests answer 503 Service Unavailable before the real answers.</summary>
    public int FailFirst { get; set; }

    public TimeSpan Delay { get; set; }

    public static async Task<RecordedApiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new RecordedApiServer(app);
        app.Run(server.AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.Address = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        Requests.Enqueue((request.Path + request.QueryString, request.Headers.UserAgent.ToString()));
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, context.RequestAborted);
        }

        if (Interlocked.Increment(ref _failures) <= FailFirst)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        var fixture = request.Path.Value switch
        {
            "/api/query" when request.Query["id_list"] == "2302.05442" => ("arxiv-query-2302.05442.atom", "application/atom+xml; charset=utf-8"),
            "/api/query" => ("arxiv-query-empty.atom", "application/atom+xml; charset=utf-8"),
            "/crossref/works/10.18653/v1/2024.acl-long.1" => ("crossref-works-10.18653-v1-2024.acl-long.1.json", "application/json"),
            _ => default,
        };
        if (fixture.Item1 is null)
        {
            // Crossref's answer for a DOI it does not have.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync("Resource not found.");
            return;
        }

        context.Response.ContentType = fixture.Item2;
        await context.Response.SendFileAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "lookup", fixture.Item1));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
