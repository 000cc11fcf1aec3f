/**
 * The translation key (under common:security.enroll.errors) for a refused enrollment: the
 * server's code, else a network problem (enrolling needs a connection).
 */
export function enrollmentProblem(code: string): string {
  switch (code) {
    case 'enrollment_code_invalid':
    case 'invalid_request':
    case 'invalid_json':
      return 'invalid';
    case 'enrollment_code_expired':
      return 'expired';
    case 'enrollment_code_used':
      return 'used';
    case 'rate_limited':
      return 'rateLimited';
    default:
      return 'network';
  }
}
