/**
 * Scopes of the data-sync API. API Gateway lets a route through only when the caller's scope includes one of the
 * route's `allowedScope` ("A user whose scope includes any of these access ranges is allowed on this route. Access
 * ranges are case-sensitive.", AnyOfRouteAuthorizationPolicy, OCI SDK model): the authorizer function returns the
 * scope, and a JWT carries it in its `scope` claim.
 */
export const PRODUCER_SCOPE = "data-sync";

/** `POST /v1/retry`: only operators, with a credential of their own, so producers cannot trigger replays. */
export const OPERATOR_SCOPE = "data-sync-operator";
