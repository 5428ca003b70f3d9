using Microsoft.AspNetCore.Http.HttpResults;

namespace Catalog.Web.Api;

/// <summary>The API's errors as RFC 9457 problem details (application/problem+json).</summary>
public static class ApiProblems
{
    public static ProblemHttpResult BadParameter(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "A parameter has a value the API cannot read");

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
