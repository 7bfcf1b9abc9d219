// My workbook: everything saved on this device, with backup, restore, print,
// unreadable copies and deleting everything. Each part is its own view in
// my-workbook/; what they work out is in workbook/my-workbook.ts.
import { useState } from 'preact/hooks';
import type { ExerciseDef } from '../../workbook/kinds/types';
import { useWorkbook } from './my-workbook/useWorkbook';
import { SavedList } from './my-workbook/SavedList';
import { BackupPanel } from './my-workbook/BackupPanel';
import { PrintAnswers } from './my-workbook/PrintAnswers';
import { Unreadable } from './my-workbook/Unreadable';
import { DeleteEverything } from './my-workbook/DeleteEverything';
import { LockPanel } from './my-workbook/LockPanel';

export interface WorkbookExercise extends ExerciseDef {
  href: string;
}

interface Props {
  exercises: WorkbookExercise[];
  exercisesHref: string;
  /** Where the Privacy page says what the passcode lock does and does not protect. */
  lockHelpHref: string;
}

export default function WorkbookPage({ exercises, exercisesHref, lockHelpHref }: Props) {
  const workbook = useWorkbook(exercises);
  const { ready, saved, quarantined, storageOk, known, byId, refresh } = workbook;
  const [message, setMessage] = useState('');

  return (
    <div class="workbook">
      <p role="status" class="workbook-message">
        {message}
      </p>
      {!storageOk && (
        <p class="warning">
          This browser is not letting the site store anything, so nothing can be saved or restored here. Private browsing or a storage setting may be the reason.
        </p>
      )}
      <LockPanel announce={setMessage} refresh={refresh} helpHref={lockHelpHref} />
      <SavedList
        ready={ready}
        loadFailed={workbook.loadFailed}
        locked={workbook.locked}
        saved={saved}
        known={known}
        href={(id) => byId.get(id)!.href}
        exercisesHref={exercisesHref}
        keeping={workbook.keeping}
      />
      <BackupPanel ready={ready} storageOk={storageOk} saved={saved} known={known} announce={setMessage} refresh={refresh} />
      <PrintAnswers items={saved.map((s) => ({ known: known(s.id)!, record: s.record }))} />
      <Unreadable quarantined={quarantined} title={(id) => byId.get(id)?.title} refresh={refresh} />
      <DeleteEverything ready={ready} announce={setMessage} refresh={refresh} />
    </div>
  );
}
