using Catalog.Web.Hosting;

return await CatalogCommandLine.Create().Parse(args).InvokeAsync(new() { EnableDefaultExceptionHandler = false });
