using Catalog.Web.Hosting;

if (SeedsFromRecordsCommand.IsRequested(args))
{
    return SeedsFromRecordsCommand.Run(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddCatalog(args);

if (ImportCommand.IsRequested(args))
{
    return ImportCommand.Run(CatalogOptions.From(builder.Configuration, builder.Environment));
}

var app = builder.Build();
if (!app.ImportSeedsIfStale())
{
    return 1;
}

app.WarmUpSearchEngine();
app.UseCatalogPages();
app.Run();
return 0;
