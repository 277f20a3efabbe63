export * from './entities/project.entity';
export * from './entities/funding-line.entity';
export * from './entities/progress-report.entity';
export * from './projects.module';
export * from './http/projects.service';
export * from './http/project.views';
export * from './http/project-filters';
export { ProjectFilters } from './http/project.dto';
