import { TasksList } from '@/features/customers/components/tasks-list';

export function TasksPage() {
  return <TasksList />;
}
