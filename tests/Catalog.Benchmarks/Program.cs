using Catalog.Benchmarks;

// The import is measured in a process of its own, so its peak memory is the import's alone.
if (ImportChild.IsRequested(args))
{
    return ImportChild.Run(args);
}

if (BenchmarkOptions.Parse(args, out var error) is not { } options)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

return await BenchmarkRun.ExecuteAsync(options);
