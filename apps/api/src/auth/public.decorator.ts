import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'tracker:public';

/** Marks the few endpoints that need no API key (health). Everything else is authenticated by default. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
