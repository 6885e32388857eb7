import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { useMemo, useState, type KeyboardEventHandler, type PointerEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { EmptyState, ErrorBanner, Spinner } from '@/components/ui/feedback';
import { SelectField } from '@/components/ui/field';
import { usePermissions } from '@/lib/auth';
import { isApiError } from '@/lib/problem';
import { useDirectory } from '../../api/get-directory';
import { usePipelineBoard } from '../../api/get-pipeline-board';
import { usePipelines } from '../../api/list-pipelines';
import { canDrop, daysSince } from '../../model/board';
import { isoDay } from '../../model/period';
import type { OpportunitySummary, PipelineBoard as Board, PipelineBoardStage } from '../../model/types';
import { useSalesFormat } from '../../model/use-sales-format';
import { OwnerFilter, TeamFilter } from '../owner-select';
import { OpportunityFormDialog } from '../opportunities/opportunity-form-dialog';
import { StageMenu } from './stage-menu';
import { useStageFlow, type StageTarget } from './use-stage-flow';

/** Keyboard dragging jumps a whole column per arrow key (left/right), instead of nudging the card by pixels. */
export const columnCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  if (event.code !== 'ArrowRight' && event.code !== 'ArrowLeft') return undefined;
  event.preventDefault();
  const { droppableContainers, droppableRects, over, active, collisionRect } = context;
  const columns = droppableContainers
    .getEnabled()
    .map((c) => ({ id: c.id, rect: droppableRects.get(c.id) }))
    .filter((c): c is { id: string; rect: NonNullable<typeof c.rect> } => c.rect !== undefined)
    .sort((a, b) => a.rect.left - b.rect.left);
  const currentId = over?.id ?? (active?.data.current as { stageId?: string } | undefined)?.stageId;
  const index = columns.findIndex((c) => c.id === currentId);
  const next = columns[index + (event.code === 'ArrowRight' ? 1 : -1)];
  if (!next) return undefined;
  const width = collisionRect?.width ?? 0;
  return { x: next.rect.left + next.rect.width / 2 - width / 2, y: next.rect.top + 48 };
};

/** The pointer decides where a mouse or touch drag lands; a keyboard drag (no pointer) lands where the card overlaps most. */
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};

/**
 * The pipeline as a kanban: a column per stage with its deal count, total and weighted amount (company currency) and
 * the average days deals spend there — where deals stall. Drag a card to another stage (mouse, touch or keyboard), or
 * use its menu; won and lost ask for the reason first.
 */
export function PipelineBoardPage() {
  const { t } = useTranslation('sales');
  const { can } = usePermissions();
  const [params, setParams] = useSearchParams();
  const pipelines = usePipelines();
  const query = { pipelineId: params.get('pipeline') ?? undefined, ownerId: params.get('owner') ?? undefined, teamId: params.get('team') ?? undefined };
  const board = usePipelineBoard(query);
  const [creating, setCreating] = useState(false);
  const set = (key: string, value: string | undefined) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });

  const noPipeline = isApiError(board.error) && (board.error.status === 404 || board.error.status === 422) && (pipelines.data?.length ?? 0) === 0;

  return (
    <div className="stack board-page">
      <div className="page-header" style={{ marginBottom: 0 }}>
        <h1>{t('board.title')}</h1>
        <span className="spacer" />
        {(pipelines.data?.length ?? 0) > 1 && (
          <SelectField
            label={t('board.pipeline')}
            value={board.data?.pipelineId ?? query.pipelineId ?? ''}
            onChange={(e) => set('pipeline', e.target.value)}
            options={(pipelines.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          />
        )}
        <OwnerFilter value={query.ownerId} onChange={(v) => set('owner', v)} />
        <TeamFilter value={query.teamId} onChange={(v) => set('team', v)} />
        <Link className="btn" to="/sales/opportunities">
          {t('opportunities.title')}
        </Link>
        {can('sales.write') && (
          <Button variant="primary" onClick={() => setCreating(true)}>
            {t('opportunities.new')}
          </Button>
        )}
      </div>
      {noPipeline ? (
        <EmptyState>
          <p>{t('board.noPipeline')}</p>
          {can('sales.manage') && <Link to="/sales/setup">{t('board.setupLink')}</Link>}
        </EmptyState>
      ) : board.error ? (
        <ErrorBanner error={board.error} onRetry={() => void board.refetch()} />
      ) : board.isPending ? (
        <Spinner />
      ) : (
        <BoardView board={board.data} />
      )}
      {creating && <OpportunityFormDialog pipelineId={board.data?.pipelineId} onClose={() => setCreating(false)} />}
    </div>
  );
}

export function BoardView({ board }: { board: Board }) {
  const { t } = useTranslation('sales');
  const format = useSalesFormat();
  const { can } = usePermissions();
  const flow = useStageFlow();
  const [dragging, setDragging] = useState<OpportunitySummary | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates }),
  );
  const write = can('sales.write');
  const stageOf = (id: unknown) => board.stages.find((s) => s.stageId === id);
  const cardOf = (id: unknown) => board.stages.flatMap((s) => s.opportunities).find((o) => o.id === id);
  const target = (s: PipelineBoardStage): StageTarget => ({ stageId: s.stageId, name: s.name, category: s.category });

  const move = (card: OpportunitySummary, stageId: string) => {
    const stage = stageOf(stageId);
    if (stage && canDrop(card, stage)) flow.request({ id: card.id, name: card.name, version: card.version }, target(stage));
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(null);
    const card = cardOf(active.id);
    if (card && over) move(card, String(over.id));
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('board.announce.start', { name: cardOf(active.id)?.name ?? '' }),
    onDragOver: ({ active, over }) =>
      over
        ? t('board.announce.over', { name: cardOf(active.id)?.name ?? '', stage: stageOf(over.id)?.name ?? '' })
        : t('board.announce.overNone', { name: cardOf(active.id)?.name ?? '' }),
    onDragEnd: ({ active, over }) =>
      over && stageOf(over.id)?.stageId !== cardOf(active.id)?.stageId
        ? t('board.announce.drop', { name: cardOf(active.id)?.name ?? '', stage: stageOf(over.id)?.name ?? '' })
        : t('board.announce.dropNone', { name: cardOf(active.id)?.name ?? '' }),
    onDragCancel: ({ active }) => t('board.announce.cancel', { name: cardOf(active.id)?.name ?? '' }),
  };

  return (
    <>
      <p className="muted small" style={{ margin: 0 }}>
        {write ? t('board.dragHint') : t('common.companyCurrency', { currency: board.currency })}
      </p>
      {flow.error !== null && (
        <div onClick={flow.dismissError}>
          <ErrorBanner error={flow.error} />
        </div>
      )}
      <DndContext
        sensors={sensors}
        collisionDetection={collision}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('board.instructions') } }}
        onDragStart={({ active }) => setDragging(cardOf(active.id) ?? null)}
        onDragCancel={() => setDragging(null)}
        onDragEnd={onDragEnd}
      >
        <div className="board" role="list" aria-label={t('board.label', { name: board.name })}>
          {board.stages.map((stage) => (
            <Column key={stage.stageId} stage={stage} currency={board.currency} dragging={dragging}>
              {stage.opportunities.map((card) => (
                <Card
                  key={card.id}
                  card={card}
                  draggable={write && card.status === 'Open'}
                  stages={board.stages.filter((s) => canDrop(card, s)).map(target)}
                  onMove={(stageId) => move(card, stageId)}
                />
              ))}
            </Column>
          ))}
        </div>
        <DragOverlay dropAnimation={null}>
          {dragging && (
            <div className="deal-card overlay">
              <strong>{dragging.name}</strong>
              <span className="muted small">{format.money(dragging.amount, dragging.currency)}</span>
            </div>
          )}
        </DragOverlay>
      </DndContext>
      {flow.dialog}
    </>
  );
}

function Column({ stage, currency, dragging, children }: { stage: PipelineBoardStage; currency: string; dragging: OpportunitySummary | null; children: ReactNode }) {
  const { t } = useTranslation('sales');
  const format = useSalesFormat();
  const droppable = !dragging || canDrop(dragging, stage);
  const { setNodeRef, isOver } = useDroppable({ id: stage.stageId, disabled: !droppable });
  const headingId = `stage-${stage.stageId}`;
  return (
    <section
      ref={setNodeRef}
      role="listitem"
      aria-labelledby={headingId}
      className={['board-column', `stage-${stage.category.toLowerCase()}`, isOver && droppable ? 'over' : '', dragging && !droppable ? 'blocked' : '']
        .filter(Boolean)
        .join(' ')}
    >
      <header className="board-column-header">
        <div className="row">
          <h2 id={headingId}>{stage.name}</h2>
          <span className="spacer" />
          <span className="muted small" title={t('board.probability', { percent: format.percent100(stage.probability) })}>
            {format.percent100(stage.probability)}
          </span>
        </div>
        <div className="small">{t('board.stageSummary', { count: stage.count, total: format.money(stage.totalAmount, currency) })}</div>
        <div className="row small muted">
          {stage.category === 'Open' && <span>{t('board.weighted', { amount: format.money(stage.weightedAmount, currency) })}</span>}
          {stage.category !== 'Open' && <span>{t('board.closedRecently')}</span>}
          <span className="spacer" />
          {stage.averageDaysInStage !== null && stage.averageDaysInStage !== undefined && (
            <span title={t('board.avgDaysTitle')} className={Number(stage.averageDaysInStage) > 30 ? 'stall' : undefined}>
              {t('board.avgDays', { days: format.number(Number(stage.averageDaysInStage)) })}
            </span>
          )}
        </div>
      </header>
      <ul className="board-cards" aria-labelledby={headingId}>
        {children}
      </ul>
      {stage.opportunities.length === 0 && <p className="muted small board-empty">{t('board.empty')}</p>}
    </section>
  );
}

function Card({ card, draggable, stages, onMove }: { card: OpportunitySummary; draggable: boolean; stages: StageTarget[]; onMove: (stageId: string) => void }) {
  const { t } = useTranslation('sales');
  const format = useSalesFormat();
  const directory = useDirectory();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: card.id,
    data: { stageId: card.stageId },
    disabled: !draggable,
  });
  const overdue = card.status === 'Open' && card.closeDate < isoDay();
  const days = daysSince(card.stageEnteredAt);
  const nameId = `deal-${card.id}`;
  const amount = format.money(card.amount, card.currency);
  const customer = card.accountName ?? card.contactName;
    // Pointers drag the whole card; the keyboard drags from the handle, so Enter on the card's link still opens it.
  const pointer = useMemo(() => (listeners ? { onPointerDown: listeners.onPointerDown as PointerEventHandler } : {}), [listeners]);
  const onKeyDown = listeners?.onKeyDown as KeyboardEventHandler<HTMLButtonElement> | undefined;

  return (
    <li ref={setNodeRef} className={['deal-card', isDragging ? 'dragging' : '', draggable ? 'draggable' : ''].filter(Boolean).join(' ')} aria-labelledby={nameId} {...pointer}>
      <div className="deal-head">
        <Link id={nameId} to={`/sales/opportunities/${card.id}`} className="deal-name" draggable={false}>
          {card.name}
        </Link>
        {draggable && stages.length > 0 && (
          <StageMenu label={t('board.moveMenu', { name: card.name })} buttonText="⋯" stages={stages} onPick={onMove} />
        )}
        {draggable && (
          <button
            ref={setActivatorNodeRef}
            type="button"
            className="btn small ghost drag-handle"
            {...attributes}
            onKeyDown={onKeyDown}
            aria-label={t('board.dragHandle', { name: card.name })}
          >
            <span aria-hidden="true">⠿</span>
          </button>
        )}
      </div>
      {customer && <div className="small muted">{customer}</div>}
      <div className="row small">
        <strong>{amount}</strong>
        <span className="spacer" />
        <span className={overdue ? 'overdue' : 'muted'}>
          {overdue && <span className="visually-hidden">{t('opportunities.overdue')}: </span>}
          {t('board.closes', { date: format.day(card.closeDate) })}
        </span>
      </div>
      {card.nextStep && <div className="small next-step">→ {card.nextStep}</div>}
      <div className="row small muted">
        <span>{directory.userName(card.ownerId)}</span>
        <span className="spacer" />
        {card.status === 'Open' && <span className={days > 30 ? 'stall' : undefined}>{t('board.inStageFor', { days: t('common.days', { count: days }) })}</span>}
      </div>
    </li>
  );
}
