/** A workshop written to a test database as the app creates one, with the repository, edits and change writer that work on it. */
import type { WorkshopData } from '../../shared/model/workshopData';
import type { NewWorkshopInput, RecordFactory } from '../../shared/workshop/newWorkshop';
import { ChangeWriter } from '../../renderer/data/changes';
import type { ActieplaatDatabase } from '../../renderer/data/db';
import { WorkshopEdits } from '../../renderer/data/edits';
import { WorkshopRepository } from '../../renderer/data/workshopRepository';
import { blankWorkshop } from './blankWorkshop';
import { testRecordFactory } from './recordFactory';

export interface WorkshopInDatabase {
  factory: RecordFactory;
  repository: WorkshopRepository;
  /** The workshop as written: change it and `repository.write` it again to add records. */
  data: WorkshopData;
  workshopId: string;
  /** The first table's id. */
  teamId: string;
  edits: WorkshopEdits;
  /** A change writer on the factory's clock. */
  writer: ChangeWriter;
}

/** Writes a blank workshop (`blankWorkshop`, with the input given) into the database. */
export async function createWorkshopIn(
  database: ActieplaatDatabase,
  { input = {}, factory = testRecordFactory() }: { input?: Partial<NewWorkshopInput>; factory?: RecordFactory } = {},
): Promise<WorkshopInDatabase> {
  const repository = new WorkshopRepository(database, factory);
  const data = blankWorkshop(input, factory);
  await repository.write(data);
  const workshopId = data.workshop.id;
  return {
    factory,
    repository,
    data,
    workshopId,
    teamId: data.teams[0]!.id,
    edits: new WorkshopEdits(database, factory, workshopId),
    writer: new ChangeWriter(database, factory.now),
  };
}
