export * from './entities/project.entity';
export * from './entities/funding-line.entity';
export * from './entities/progress-report.entity';
