using Crm.SharedKernel.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Crm.Api.Hosting;

/// <summary>
/// The OpenAPI 3 document at <c>/openapi/v1.json</c> (Swagger UI at <c>/swagger</c>): operationIds are the
/// endpoint names (= request names), schema ids are type names, and every guarded operation names the bearer scheme.
/// </summary>
internal static class OpenApiSetup
{
    public const string Bearer = "Bearer";

    public static IServiceCollection AddCrmOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Crm API",
                Version = "v1",
                Description = "Operational CRM: customers, sales, marketing, service and platform. Errors are RFC 9457 problem details.",
            });
            o.AddSecurityDefinition(Bearer, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "Access token from POST /api/v1/platform/auth/login.",
            });
            o.OperationFilter<BearerRequirementFilter>();
            o.OperationFilter<CamelCaseParametersFilter>();
            o.SchemaFilter<OptionalDefaultsFilter>();
            // Versions are PostgreSQL xmin values (uint): int32 would overflow in generated clients.
            o.MapType<uint>(() => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64" });
            o.CustomOperationIds(api => api.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().LastOrDefault()?.EndpointName);
            o.CustomSchemaIds(SchemaId);
            o.SupportNonNullableReferenceTypes();
            o.NonNullableReferenceTypesAsRequired();
        });
        return services;
    }

    public static WebApplication UseCrmOpenApi(this WebApplication app)
    {
        app.UseSwagger(o => o.RouteTemplate = "openapi/{documentName}.json");
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "swagger";
            o.SwaggerEndpoint("/openapi/v1.json", "Crm API v1");
            o.DocumentTitle = "Crm API";
        });
        return app;
    }

    /// <summary><c>Page&lt;ContactSummary&gt;</c> → <c>ContactSummaryPage</c>; plain types keep their names (unique by rule).</summary>
    private static string SchemaId(Type type) =>
        type.IsGenericType
            ? string.Concat(type.GetGenericArguments().Select(SchemaId)) + type.Name[..type.Name.IndexOf('`')]
            : type.Name;

    private sealed class BearerRequirementFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any()) return;
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [],
            });
            var permission = metadata.OfType<RequiredPermission>().LastOrDefault();
            if (permission is not null)
                operation.Description = $"{operation.Description}\n\nRequires permission `{permission.Name}`.".Trim();
        }
    }

    /// <summary>
    /// <c>[AsParameters]</c> records describe their query parameters with C# property names; JSON and the
    /// binder are camelCase, so the contract (and generated clients) should be too. Binding ignores case.
    /// </summary>
    private sealed class CamelCaseParametersFilter : IOperationFilter
    {
        public void Apply(OpenApiOperation operation, OperationFilterContext context)
        {
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
                if (parameter.Name is { Length: > 0 } name && char.IsUpper(name[0]))
                    parameter.Name = char.ToLowerInvariant(name[0]) + name[1..];
        }
    }

    /// <summary>A request field with a default (<c>bool AllowDuplicate = false</c>) may be left out: not required.</summary>
    private sealed class OptionalDefaultsFilter : ISchemaFilter
    {
        public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
        {
            if (schema is not OpenApiSchema { Required.Count: > 0 } concrete) return;
            var constructor = context.Type.GetConstructors().MaxBy(c => c.GetParameters().Length);
            foreach (var parameter in constructor?.GetParameters().Where(p => p.HasDefaultValue) ?? [])
                concrete.Required.Remove(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!));
        }
    }
}
