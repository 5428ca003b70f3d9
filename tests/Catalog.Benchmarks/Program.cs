using Catalog.Benchmarks;

// The import and the cold open are measured in processes of their own, so their memory is theirs alone.
if (ImportChild.IsRequested(args))
{
    return ImportChild.Run(args);
}

if (OpenChild.IsRequested(args))
{
    return OpenChild.Run(args);
}

if (BenchmarkOptions.Parse(args, out var error) is not { } options)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

return await BenchmarkRun.ExecuteAsync(options);
