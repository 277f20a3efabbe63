import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role } from './roles';
import type { Principal } from './principal';

export const IS_PUBLIC = 'tracker:public';
export const ROLES_ALLOWED = 'tracker:roles';

/** Marks the few endpoints that need no API key (health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * The roles that may call an endpoint. Every endpoint must declare them (or be @Public): the guard refuses
 * handlers that say nothing, so a forgotten decorator fails closed.
 */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_ALLOWED, roles);

export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  return context.switchToHttp().getRequest<{ principal: Principal }>().principal;
});
