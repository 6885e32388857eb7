using Crm.Customers.Contracts;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Customers.Features.Tasks;

internal static class TasksEndpoints
{
    public static void MapTasksEndpoints(this RouteGroupBuilder customers)
    {
        var tasks = customers.MapGroup("/tasks").WithTags("Tasks");

        tasks.MapPost("/", async (CreateTask cmd, ISender sender, CancellationToken ct) =>
                (await sender.Send(cmd, ct)).ToCreated(r => $"/api/v1/customers/tasks/{r.Id}"))
            .WithName(nameof(CreateTask))
            .WithSummary("Create a task on a contact or account, assigned to you unless assigneeId names another user.")
            .RequirePermission(CustomersPermissions.Write)
            .Produces<CustomerTaskCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        tasks.MapGet("/", async ([AsParameters] ListTasks query, ISender sender, CancellationToken ct) =>
                (await sender.Send(query, ct)).ToOk())
            .WithName(nameof(ListTasks))
            .WithSummary("Tasks you can see, soonest due first. status: open (= Open + InProgress) or a status; " +
                         "due: overdue | today | upcoming | none, today in the IANA time zone tz (default UTC).")
            .RequirePermission(CustomersPermissions.Read)
            .Produces<Page<CustomerTaskSummary>>()
            .ProducesValidationProblem();

        tasks.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetTask(id), ct)).ToOk(t => t.Version, http))
            .WithName(nameof(GetTask))
            .WithSummary("A task with its record, assignee and version (also sent as ETag).")
            .RequirePermission(CustomersPermissions.Read)
            .Produces<CustomerTaskDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        tasks.MapPut("/{id:guid}", async (Guid id, UpdateTask cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id }, ct)).ToOk(t => t.Version, http))
            .WithName(nameof(UpdateTask))
            .WithSummary("Edit a task. Send the version you read; a stale one answers 409 with the current task.")
            .RequirePermission(CustomersPermissions.Write)
            .Produces<CustomerTaskDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        tasks.MapPut("/{id:guid}/status", async (Guid id, ChangeTaskStatus cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id }, ct)).ToOk(t => t.Version, http))
            .WithName(nameof(ChangeTaskStatus))
            .WithSummary("Start, complete, cancel or reopen a task. Completing it adds a line to the record's timeline.")
            .RequirePermission(CustomersPermissions.Write)
            .Produces<CustomerTaskDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        tasks.MapDelete("/{id:guid}", async (Guid id, uint? version, HttpRequest request, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DeleteTask(id, version ?? ETag.FromIfMatch(request)), ct)).ToNoContent())
            .WithName(nameof(DeleteTask))
            .WithSummary("Delete a task and its timeline lines. Version as ?version= or If-Match.")
            .RequirePermission(CustomersPermissions.Write)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
