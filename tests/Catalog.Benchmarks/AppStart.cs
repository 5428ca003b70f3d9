namespace Catalog.Benchmarks;

/// <summary>Prints how long the real app took from its process's start to serving and to full speed.</summary>
public static class AppStart
{
    public static void Print(string corpus, AppProcess app, double readyMs)
    {
        var line = app.FindLine(AppProcess.ReadyLine);
        Section.Title($"{corpus}: the app's start (real Catalog.Web process), from the process's start");
        new Table("moment", "s")
            .Row("first page served (home page, 200)", ImportFigures.Seconds(app.ServingMs))
            .Row($"'{AppProcess.ReadyLine}' logged", line is { } l ? ImportFigures.Seconds(l.Ms) : "-")
            .Row("/healthz/ready answers 200 (full speed)", ImportFigures.Seconds(readyMs))
            .Print();
        Section.Note($"Resident memory at ready: {Table.MiB(app.ResidentBytes())}. Readiness is asked every {AppProcess.ReadyPollMs} ms from the start; the log line's time is when the benchmark read it.");
        if (line is { } logged)
        {
            Section.Note(logged.Line.Trim());
        }

        Console.WriteLine();
    }
}
