using Catalog.Web.Commands;

// The host handles SIGTERM and Ctrl+C itself, finishing the requests it has; System.CommandLine is told not to.
return await CatalogCommandLine.Create().Parse(args).InvokeAsync(new() { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
