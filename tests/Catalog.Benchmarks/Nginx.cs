using System.Diagnostics;
using System.Globalization;

namespace Catalog.Benchmarks;

/// <summary>Debian's nginx in the foreground on a free loopback port, as the README's deploy section sets it up: a load
/// balancer over the app instances that keeps each page as long as the app's Cache-Control allows, and asks the other
/// instance when one does not answer.</summary>
public sealed class Nginx : IAsyncDisposable
{
    public const string Binary = "/usr/sbin/nginx";

    private readonly Process _process;

    private Nginx(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<Nginx> StartAsync(string folder, IEnumerable<Uri> upstreams)
    {
        if (!File.Exists(Binary))
        {
            throw new FileNotFoundException($"{Binary} not found; install Debian's nginx: apt-get install nginx");
        }

        Directory.CreateDirectory(Path.Combine(folder, "cache"));
        var port = AppProcess.FreePort();
        var config = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(config, Config(folder, port, upstreams));
        var start = new ProcessStartInfo(Binary) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", folder, "-c", config, "-g", "daemon off;" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start nginx");
        var nginx = new Nginx(process, new Uri($"http://127.0.0.1:{port}"));
        using var client = new HttpClient { BaseAddress = nginx.BaseAddress };
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                return nginx;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"nginx did not answer: {await process.StandardError.ReadToEndAsync()}");
    }

    /// <summary>The configuration the README's deploy section shows, with this run's ports and folders.</summary>
    public static string Config(string folder, int port, IEnumerable<Uri> upstreams) => string.Create(CultureInfo.InvariantCulture, $$"""
        worker_processes 1;
        user root;
        error_log {{folder}}/error.log warn;
        pid {{folder}}/nginx.pid;
        events { worker_connections 1024; }
        http {
          access_log off;
          client_body_temp_path {{folder}}/body;
          proxy_temp_path {{folder}}/proxy;
          fastcgi_temp_path {{folder}}/fastcgi;
          uwsgi_temp_path {{folder}}/uwsgi;
          scgi_temp_path {{folder}}/scgi;
          proxy_cache_path {{folder}}/cache levels=1:2 keys_zone=catalog:10m max_size=256m inactive=10m use_temp_path=off;
          upstream catalog {
        {{string.Concat(upstreams.Select(u => $"    server {u.Authority} max_fails=1 fail_timeout=2s;\n"))}}    keepalive 32;
          }
          server {
            listen 127.0.0.1:{{port}};
            location / {
              proxy_pass http://catalog;
              proxy_http_version 1.1;
              proxy_set_header Connection "";
              proxy_set_header Host $host;
              proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
              proxy_set_header X-Forwarded-Proto $scheme;
              proxy_next_upstream error timeout http_502 http_503;
              proxy_cache catalog;
              proxy_cache_lock on;
              proxy_cache_revalidate on;
              proxy_cache_use_stale error timeout updating http_502 http_503;
              add_header X-Cache $upstream_cache_status;
            }
            location /healthz {
              proxy_pass http://catalog;
              proxy_http_version 1.1;
              proxy_set_header Connection "";
            }
          }
        }
        """);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
