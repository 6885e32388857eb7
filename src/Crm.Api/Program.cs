using Crm.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCrm();

var app = builder.Build();
app.UseCrm();
await app.PrepareDatabaseAsync();
await app.RunAsync();

/// <summary>The host's entry point; public so integration tests can start it with WebApplicationFactory.</summary>
public partial class Program;
