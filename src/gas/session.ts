/** The person running the script ('' when Google hides it, e.g. outside the owner's domain). */
export function activeUserEmail(): string {
  return Session.getActiveUser().getEmail();
}
