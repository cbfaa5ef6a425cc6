/**
 * ask-sdk verifies only the context's application id; a session naming another skill is not
 * ours either. One predicate for the zod schema's refinement and the generated check, which
 * JSON Schema cannot express.
 */
export function sameApplication(envelope: {
  session?: { application: { applicationId: string } } | undefined;
  context: { System: { application: { applicationId: string } } };
}): boolean {
  return (
    !envelope.session ||
    envelope.session.application.applicationId === envelope.context.System.application.applicationId
  );
}
